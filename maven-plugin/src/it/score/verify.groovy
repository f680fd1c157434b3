// dti:score writes JSON and an Excel-friendly CSV (UTF-8 BOM) with the Vietnamese names intact.
def dir = new File(basedir, 'target/dti/demo-xa/2023')
def csv = new File(dir, 'scores.csv')
assert csv.isFile()
def bytes = csv.bytes
assert bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
def text = new String(bytes, 'UTF-8')
assert text.contains('Xã Mẫu A')
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'scores.json'))
assert json.toString().contains('demo-a')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /dti:score: submissions scored: 1; files written to .+: 2/
return true
