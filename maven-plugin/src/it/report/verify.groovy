// Each invocation of Maven starts its own part of build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('dti:report') }
assert runs.size() == 2
def (alice, bob) = runs
assert !log.contains('at org.opendti')

// alice's pull request: accepted, with its effect on demo-a's total and on the ranking, reported
// in Vietnamese (the plugin's default language), numbers with a decimal comma.
assert alice.contains('BUILD SUCCESS')
assert alice.contains('thay đổi: M\tsubmissions/demo-xa/2023/demo-a.json')
// Criterion 3 goes from 2 to 4 points; the total is capped at the framework's 20.
assert alice.contains('demo-xa/2023/demo-a: tổng điểm 19,63 -> 20,00')
def aliceReport = new File(basedir, 'target/pr-alice/report.md')
assert alice.contains('dti:report: 0 lỗi; báo cáo ở ' + aliceReport)
def md = aliceReport.getText('UTF-8')
assert md.startsWith('## opendti: kết quả kiểm tra pull request\n\n'
    + '✅ Đạt kiểm tra phân quyền và kiểm tra dữ liệu. Người gửi: alice, 1 tệp thay đổi, bản gốc ')
assert md.contains('| M | submissions/demo-xa/2023/demo-a.json |')
assert md.contains('### Phân quyền và CODEOWNERS\n\nKhông có vấn đề nào.')
// Units and ranking tables by their names (units/, criteria/), the changed unit's id beside it.
assert md.contains('| demo-xa | 2023 | Xã Mẫu A \\(demo-a\\) | 19,63 | 20,00 | +0,37 | I: 11,99 → 13,99 |')
// demo-a overtakes demo-b in their district.
assert md.contains('| demo-xa | 2023 | Trong từng huyện — Huyện Mẫu | Xã Mẫu A \\(có thay đổi\\) | 2 | 1 |')
assert md.contains('| demo-xa | 2023 | Trong từng huyện — Huyện Mẫu | Xã Mẫu B | 1 | 2 |')
// Criterion 3: max 4, self-assessed 4, computed 4,00, not reviewed, counts 4,00, was 2,00.
assert md.contains('| demo-xa/2023/demo-a | 3 | 4 | 4 | 4,00 | – | 4,00 | 2,00 |')

// bob's pull request (-Ddti.lang=en): refused, for the policy and for the data, each error located.
assert bob.contains('BUILD FAILURE')
assert bob.contains('[ERROR] submissions/demo-xa/2023/demo-a.json: error [unit-submission] '
    + "@bob changes unit demo-a's submission but is not listed for it (listed: @alice)")
assert bob =~ /\[ERROR\] submissions\/demo-xa\/2023\/demo-a\.json:17:\d+: error \[ratio-above-one\]/
// demo-a's invalid file is not scored: its total and rank are gone, shown as "–".
assert bob.contains('demo-xa/2023/demo-a: total 19.63 -> –')
def bobReport = new File(basedir, 'target/pr-bob/report.md')
assert bob.contains('dti:report: errors: 2; report in ' + bobReport)
assert bob.contains('The pull request cannot be merged as it is: errors: 2')
md = bobReport.getText('UTF-8')
assert md.startsWith('## opendti pull-request check\n\n'
    + '❌ **Cannot be merged as it is**: errors: 2. Author: bob, changed files: 1, base ')
assert md.contains('| error | submissions/demo-xa/2023/demo-a.json |  | unit-submission |')
assert md =~ /\| error \| submissions\/demo-xa\/2023\/demo-a\.json \| 17:\d+ \| ratio-above-one \|/
// In English: the unit's English name where it has one; the group has none.
assert md.contains('| demo-xa | 2023 | Sample commune A \\(demo-a\\) | 19.63 | – | – | I: 11.99 → – |')
return true
