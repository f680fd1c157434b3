// Publishes a repository's site into a folder with the pipeline, as `dti:publish` does
// (docs/benchmarks.md, "Compare page"):
//   java $(cat .mvn/jvm.config) -cp benchmarks/target/benchmarks.jar docs/bench/Pub.java REPO OUT
import java.nio.file.Path;

public class Pub {
  public static void main(String[] a) throws Exception {
    org.opendti.Pipeline.builder().repositoryRoot(Path.of(a[0])).build().publish(Path.of(a[1]));
  }
}
