// Picks a free port for dti:serve and starts a client thread that, once the server answers,
// fetches pages, renames a unit in units/registry.json and waits for the rebuilt scorecard.
// It writes what it saw under fetched/; verify.groovy waits for it.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

def port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
context.get('userProperties').put('dti.port', String.valueOf(port))
def out = new File(basedir, 'fetched')
out.mkdirs()

def http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
def get = { String path ->
  http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:${port}${path}"))
      .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString())
}
def save = { String name, HttpResponse r ->
  new File(out, name + '.status').text = String.valueOf(r.statusCode())
  new File(out, name + '.html').setText(r.body(), 'UTF-8')
}
def card = '/units/demo-a/demo-xa-2023.html'
def client = Thread.startDaemon('serve-it-client') {
  try {
    // Maven starts and the site is built first: give it time on a busy machine.
    def deadline = System.currentTimeMillis() + 240_000
    while (true) {
      try {
        save('index', get('/'))
        break
      } catch (ConnectException e) {
        assert System.currentTimeMillis() < deadline : 'dti:serve never answered on port ' + port
        Thread.sleep(200)
      }
    }
    save('card', get(card))
    save('missing', get('/no-such-page.html'))
    def registry = new File(basedir, 'units/registry.json')
    registry.setText(registry.getText('UTF-8').replace('"Xã Mẫu A"', '"Xã Mẫu A Mới"'), 'UTF-8')
    def rebuilt = System.currentTimeMillis() + 15_000
    def r = get(card)
    while (!r.body().contains('Xã Mẫu A Mới') && System.currentTimeMillis() < rebuilt) {
      Thread.sleep(200)
      r = get(card)
    }
    save('card-after-edit', r)
    new File(out, 'done').text = 'ok'
  } catch (Throwable e) {
    new File(out, 'done').text = e.toString()
  }
}
context.put('client', client)
return true
