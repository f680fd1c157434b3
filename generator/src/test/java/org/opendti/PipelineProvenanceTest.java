package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.BuildListener;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.git.FileProvenance;
import org.opendti.git.GitFixture;
import org.opendti.pullrequest.ReviewRepo;

class PipelineProvenanceTest {

  @TempDir Path tmp;
  private final List<String> warnings = new ArrayList<>();
  private final BuildListener listener =
      new BuildListener() {
        @Override
        public void progress(Text message) {}

        @Override
        public void warning(Text message) {
          warnings.add(message.in(Lang.EN));
        }
      };

  @Test
  void provenanceIsReadFromMainsHistory() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    String file = ReviewRepo.FOLDER + "mau-huyen-2.json";
    git.write(file, ReviewRepo.read(file) + "\n");
    git.commit("Merge pull request #7 from huyen-2/fix\n\nApproved-by: @ivan", ReviewRepo.T1);

    PipelineResult result = pipeline(git.dir, "main").check();

    assertThat(warnings).isEmpty();
    assertThat(result.provenance()).hasSize(6);
    FileProvenance p = result.provenance().get(file);
    assertThat(p.added().time()).isEqualTo(Instant.parse("2024-01-10T00:00:00Z"));
    assertThat(p.arrival()).isEqualTo(ReviewRepo.T1);
    assertThat(p.lastChanged().pullRequest()).isEqualTo(7);
    assertThat(p.commits()).hasSize(2);
    assertThat(result.siteInput().provenanceOf(file)).contains(p);
  }

  @Test
  void aFolderThatIsNotAWorkTreeWarnsAndBuilds() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    Path copy = Files.createDirectory(tmp.resolve("copy"));
    for (String f : ReviewRepo.submissions()) {
      Files.createDirectories(copy.resolve(f).getParent());
      Files.copy(git.dir.resolve(f), copy.resolve(f));
    }

    PipelineResult result = pipeline(copy, "HEAD").check();

    assertThat(result.provenance()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("not a Git work tree");
  }

  @Test
  void aShallowCloneWarnsInsteadOfDatingEveryFileAtTheCut() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.write("README.md", "x").commit("Second", ReviewRepo.T1);
    Path shallow = tmp.resolve("shallow");
    git.git(
        ReviewRepo.T1,
        "clone",
        "-q",
        "--depth",
        "1",
        "file://" + git.dir.toAbsolutePath(),
        shallow.toString());

    PipelineResult result = pipeline(shallow, "HEAD").check();

    assertThat(result.provenance()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("shallow");
    assertThat(result.scores()).hasSize(6);
  }

  private Pipeline pipeline(Path root, String mainRef) {
    return Pipeline.builder()
        .repositoryRoot(root)
        .gitProvenance(mainRef)
        .listener(listener)
        .build();
  }
}
