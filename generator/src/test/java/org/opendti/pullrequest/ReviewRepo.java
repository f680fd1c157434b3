package org.opendti.pullrequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.opendti.git.GitFixture;
import org.opendti.model.AccessPolicy;
import org.opendti.policy.Codeowners;
import org.opendti.policy.PolicyFiles;

/**
 * A real Git repository holding this project's district framework ({@code gia-lai-2023-huyen}), its
 * unit registry and the six sample districts' 2023 submissions, with an access policy that gives
 * each district its own account ({@code @huyen-1} … {@code @huyen-6}).
 */
public final class ReviewRepo {

  static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  static final String FRAMEWORK = "gia-lai-2023-huyen";
  public static final String FOLDER = "submissions/" + FRAMEWORK + "/2023/";
  static final Instant T0 = Instant.parse("2024-01-10T00:00:00Z");
  public static final Instant T1 = Instant.parse("2024-01-11T00:00:00Z");

  static final String POLICY =
      """
      {"maintainers": ["@maria"], "reviewers": ["@ivan"],
       "maintainerPaths": ["policy/**", ".github/**", "criteria/**", "units/**", "schemas/**"],
       "units": {"mau-huyen-1": ["@huyen-1"], "mau-huyen-2": ["@huyen-2"],
                 "mau-huyen-3": ["@huyen-3"], "mau-huyen-4": ["@huyen-4"],
                 "mau-huyen-5": ["@huyen-5"], "mau-huyen-6": ["@huyen-6"]}}
      """;

  private ReviewRepo() {}

  /** The repository on {@code main}, one commit. */
  public static GitFixture create(Path dir, Path home) throws IOException {
    GitFixture git = GitFixture.init(Files.createDirectories(dir), home);
    copy(git, "criteria/" + FRAMEWORK + ".json");
    try (Stream<Path> units = Files.list(PROJECT.resolve("units"))) {
      for (Path u : units.sorted().toList()) {
        copy(git, "units/" + u.getFileName());
      }
    }
    for (String file : submissions()) {
      copy(git, file);
    }
    git.write(AccessPolicy.FILE, POLICY);
    git.write(Codeowners.FILE, Codeowners.generate(PolicyFiles.accessPolicy(git.dir)));
    git.as("Maria", "maria@example.vn").commit("Initial data", T0);
    return git;
  }

  /** The six submissions' paths. */
  public static List<String> submissions() throws IOException {
    try (Stream<Path> files = Files.list(PROJECT.resolve(FOLDER))) {
      return files.map(p -> FOLDER + p.getFileName()).sorted().toList();
    }
  }

  /** The project's copy of {@code path}. */
  public static String read(String path) throws IOException {
    return Files.readString(PROJECT.resolve(path), StandardCharsets.UTF_8);
  }

  private static void copy(GitFixture git, String path) throws IOException {
    git.write(path, read(path));
  }
}
