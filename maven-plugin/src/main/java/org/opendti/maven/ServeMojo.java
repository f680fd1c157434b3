package org.opendti.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;
import org.opendti.publish.PreviewServer;

/**
 * Publishes the site, serves it on {@code http://127.0.0.1:<port>/} and rebuilds it whenever a file
 * under {@code criteria/}, {@code units/}, {@code submissions/} or {@code site-templates/} changes.
 * Stops on Ctrl+C.
 *
 * <p>{@code mvn dti:serve -Ddti.port=8081}, then open the address it logs.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractDtiMojo {

  /**
   * Where the site is written and served from.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.siteOutput", defaultValue = "${project.build.directory}/public")
  File outputDirectory;

  /**
   * The port on 127.0.0.1; 0 picks a free one.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.port", defaultValue = "8080")
  int port;

  /**
   * The repository units submit to, {@code https://github.com/<owner>/<repo>}, for the forms' "Open
   * on GitHub" link; optional.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.repositoryUrl")
  String repositoryUrl;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dti:serve skipped");
      return;
    }
    Path root = repositoryRoot.toPath();
    Path out = outputDirectory.toPath().normalize();
    Pipeline pipeline =
        Pipeline.builder()
            .repositoryRoot(root)
            .repositoryUrl(repositoryUrl)
            .listener(message -> getLog().debug(message))
            .build();
    Failures.run(
        "serve",
        () -> {
          PreviewServer server =
              PreviewServer.builder()
                  .site(out)
                  .port(port)
                  .watch(
                      List.of(
                          root.resolve("criteria"),
                          root.resolve("units"),
                          root.resolve("submissions"),
                          root.resolve("site-templates")))
                  .rebuild(() -> pipeline.publish(out))
                  .log(message -> getLog().info(message))
                  .build()
                  .start();
          Thread hook = new Thread(server::close, "dti-serve-stop");
          Runtime.getRuntime().addShutdownHook(hook);
          try {
            server.awaitStop();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            server.close();
          }
        });
  }
}
