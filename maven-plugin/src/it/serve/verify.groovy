// The client of setup.groovy fetched while the server ran; the server then stopped by itself.
context.get('client').join(60_000)
def out = new File(basedir, 'fetched')
assert new File(out, 'done').text == 'ok'
def port = context.get('userProperties').get('dti.port')

assert new File(out, 'index.status').text == '200'
assert new File(out, 'index.html').getText('UTF-8').contains('Xã Mẫu A')
assert new File(out, 'card.status').text == '200'
def card = new File(out, 'card.html').getText('UTF-8')
assert card.contains('Xã Mẫu A') && !card.contains('Xã Mẫu A Mới')
assert new File(out, 'missing.status').text == '404'
// The edit to units/ was picked up and the scorecard rebuilt while serving.
assert new File(out, 'card-after-edit.status').text == '200'
assert new File(out, 'card-after-edit.html').getText('UTF-8').contains('Xã Mẫu A Mới')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("on http://127.0.0.1:${port}/ for 20 s (Ctrl+C to stop)")
assert log.contains('Rebuilt (initial build)')
assert log.contains('Rebuilt (change detected)')
assert log.contains('Stopping: served for 20 s')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at org.opendti')
assert !log.contains('Exception')
return true
