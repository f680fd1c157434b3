package org.opendti.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendti.Pipeline;
import org.opendti.publish.PreviewServer;

/**
 * Publishes the site, serves it on {@code http://127.0.0.1:<port>/} and rebuilds it whenever a file
 * under {@code criteria/}, {@code units/}, {@code submissions/} or the templates changes. Stops on
 * Ctrl+C, or by itself after {@code dti.stopAfter} seconds.
 *
 * <p>{@code mvn dti:serve -Ddti.port=8081}, then open the address it logs.
 *
 * @since 0.1.0
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
   * The Freemarker templates and assets, rebuilt from when they change; defaults to {@code
   * site-templates/} in the repository.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.templates")
  File templates;

  /**
   * Stop by itself after this many seconds, so that a script or CI job can start the preview, fetch
   * pages and go on; 0 serves until Ctrl+C.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.stopAfter", defaultValue = "0")
  int stopAfter;

  /**
   * The repository units submit to, {@code https://github.com/<owner>/<repo>}, for the forms' "Open
   * on GitHub" link; optional.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.repositoryUrl")
  String repositoryUrl;

  /**
   * Pages for each framework's latest this many periods only, as {@code dti:publish} takes it, to
   * preview what a site with archived periods shows. Default 0 (or empty): every period.
   *
   * @since 0.1.0
   */
  @Parameter(property = "dti.pagePeriods", defaultValue = "0")
  String pagePeriods;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("serve")) {
      return;
    }
    if (stopAfter < 0) {
      throw new MojoFailureException(say("plugin.serve.stop-after", stopAfter));
    }
    Path root = repositoryRoot.toPath();
    Path out = outputDirectory.toPath().normalize();
    Path siteTemplates = templates != null ? templates.toPath() : root.resolve("site-templates");
    Failures.run(
        "serve",
        language,
        () -> {
          Pipeline pipeline =
              Pipeline.builder()
                  .repositoryRoot(root)
                  .templates(siteTemplates)
                  .repositoryUrl(repositoryUrl)
                  .pagePeriods(pagePeriods)
                  .listener(message -> getLog().debug(message.in(language)))
                  .build();
          PreviewServer server =
              PreviewServer.builder()
                  .site(out)
                  .port(port)
                  .stopAfter(Duration.ofSeconds(stopAfter))
                  .watch(
                      List.of(
                          root.resolve("criteria"),
                          root.resolve("units"),
                          root.resolve("submissions"),
                          siteTemplates))
                  .rebuild(() -> pipeline.publish(out))
                  .log(message -> getLog().info(message.in(language)))
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
