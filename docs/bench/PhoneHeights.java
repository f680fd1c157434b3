// How long each page is on a phone: the height and width (px) of each page at 390 px wide in
// Chromium, and its size in characters (docs/benchmarks.md, "Pages on a phone at national scale").
// Serve the site first, e.g. (cd SITE && python3 -m http.server 8768 --bind 127.0.0.1), then:
//   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$(cat /tmp/pwcp.txt)" docs/bench/PhoneHeights.java \
//     http://127.0.0.1:8768/ index.html overview/gia-lai-2023-xa/2024.html ...
// where /tmp/pwcp.txt is the quality module's test classpath:
//   mvn -B -q dependency:build-classpath -pl quality -Dmdep.outputFile=/tmp/pwcp.txt -Dmdep.includeScope=test
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

public class PhoneHeights {
  public static void main(String[] a) {
    try (Playwright pw = Playwright.create()) {
      Browser b =
          pw.chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(Paths.get("/usr/bin/chromium"))
                      .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")));
      BrowserContext ctx = b.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
      Page p = ctx.newPage();
      for (int i = 1; i < a.length; i++) {
        p.navigate(a[0] + a[i]);
        System.out.printf(
            "%-60s height %7s width %s chars %s%n",
            a[i],
            p.evaluate("document.documentElement.scrollHeight"),
            p.evaluate("document.documentElement.scrollWidth"),
            p.evaluate("document.documentElement.outerHTML.length"));
      }
      b.close();
    }
  }
}
