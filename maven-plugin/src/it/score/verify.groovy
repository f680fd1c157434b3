// dti:score writes JSON, a CSV (UTF-8 BOM) with the Vietnamese names intact and the same table as
// an Excel workbook (a zip: "PK").
def dir = new File(basedir, 'target/dti/demo-xa/2023')
def csv = new File(dir, 'scores.csv')
assert csv.isFile()
def bytes = csv.bytes
assert bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
def text = new String(bytes, 'UTF-8')
assert text.contains('Xã Mẫu A')
def xlsx = new File(dir, 'scores.xlsx').bytes
assert xlsx[0] == (byte) 0x50 && xlsx[1] == (byte) 0x4B
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'scores.json'))
assert json.toString().contains('demo-a')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /dti:score: submissions scored: 1; files written to .+: 3/
return true
