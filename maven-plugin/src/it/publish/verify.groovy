// dti:publish writes both languages, the scorecard and the open data.
def site = new File(basedir, 'target/public')
// target/public is a link to the version folder beside it, replaced by one rename (issue #13).
def link = site.toPath()
assert java.nio.file.Files.isSymbolicLink(link)
assert java.nio.file.Files.readSymbolicLink(link).toString() == '.public.v1'
assert new File(basedir, 'target/.public.v1/index.html').isFile()
assert new File(site, 'index.html').isFile()
assert new File(site, 'en/index.html').isFile()
def card = new File(site, 'units/demo-a/demo-xa-2023.html')
assert card.isFile()
def html = card.getText('UTF-8')
assert html.contains('Xã Mẫu A')
assert html.contains('Content-Security-Policy')
assert new File(site, 'data/demo-xa/2023/scores.csv').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /dti:publish: site written to .+ \(open index\.html\); scorecards: 1/
// A file left out is named, with why (issue #13).
assert log.contains('[WARNING] dti:publish: submissions/demo-xa/2023/demo-b.json is left out of the site (errors: 1); the first: submissions/demo-xa/2023/demo-b.json:1:')
// ... and, asked for, the score files dti:score writes, from the same run.
assert new File(basedir, 'target/dti/demo-xa/2023/scores.csv').isFile()
assert log =~ /dti:publish: score files written to .+: 3/
// The first run kept its render cache where it belongs; the second, with -Ddti.renderCache= and
// -Ddti.scoreOutput=, neither (Maven made an empty File parameter the project's folder).
assert new File(basedir, 'target/render-cache/pages.tsv').isFile()
assert new File(basedir, 'target/uncached/public/units/demo-a/demo-xa-2023.html').isFile()
assert !new File(basedir, 'pages.tsv').exists()
assert !new File(basedir, 'demo-xa').exists()
// The third, with -Ddti.pagePeriods=-1, failed in Vietnamese (the default language) and wrote nothing.
assert log.contains('Số kỳ có trang (dti.pagePeriods) phải là 0 (mọi kỳ) hoặc một số dương: -1')
assert !new File(basedir, 'target/refused').exists()
return true
