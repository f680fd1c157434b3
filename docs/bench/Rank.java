// Loads a ranking page in headless Chromium at 390 px with the CPU slowed RATE times (CDP
// Emulation.setCPUThrottlingRate), prints the load, paint and DOMContentLoaded times, then types
// "mau binh" into the name filter key by key and prints how long that took (docs/benchmarks.md,
// "Ranking pages"). Run with the quality module's test classpath:
//   mvn -B -q dependency:build-classpath -pl quality -Dmdep.outputFile=/tmp/pwcp.txt -Dmdep.includeScope=test
//   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp $(cat /tmp/pwcp.txt) docs/bench/Rank.java URL RATE
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

public class Rank {
  public static void main(String[] a) {
    try (Playwright pw = Playwright.create()) {
      Browser b =
          pw.chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(Paths.get("/usr/bin/chromium"))
                      .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")));
      Page p = b.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
      CDPSession cdp = p.context().newCDPSession(p);
      JsonObject rate = new JsonObject();
      rate.addProperty("rate", Integer.parseInt(a[1]));
      cdp.send("Emulation.setCPUThrottlingRate", rate);
      long t0 = System.currentTimeMillis();
      p.navigate(a[0], new Page.NavigateOptions().setTimeout(180000));
      System.out.println("load " + (System.currentTimeMillis() - t0) + " ms");
      System.out.println(
          p.evaluate(
              "JSON.stringify(performance.getEntriesByType('paint').map(e => e.name + '=' +"
                  + " Math.round(e.startTime)).concat(['dcl=' +"
                  + " Math.round(performance.timing.domContentLoadedEventEnd -"
                  + " performance.timing.navigationStart)]))"));
      long t1 = System.currentTimeMillis();
      p.locator("#ranking-filter").pressSequentially("mau binh");
      System.out.println(
          "filter typed in "
              + (System.currentTimeMillis() - t1)
              + " ms; "
              + p.locator("#ranking-count").textContent());
      b.close();
    }
  }
}
