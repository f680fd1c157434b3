// Every problem is reported at once, located, in Vietnamese (the default language of the plugin),
// and the build fails without a stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /submissions\/demo-xa\/2023\/demo-b\.json:4:\d+: lỗi \[duplicate-key\] \/unit: Khóa "unit" xuất hiện hai lần trong cùng một đối tượng \(gợi ý: Chỉ giữ một "unit"/
// A duplicate key does not hide the file's other problems: its missing fields are reported with it.
assert log =~ /submissions\/demo-xa\/2023\/demo-b\.json:1:1: lỗi \[schema-required\] \/approver: /
assert log =~ /submissions\/demo-xa\/2023\/demo-b\.json:1:1: lỗi \[schema-required\] \/preparer: /
assert log =~ /submissions\/demo-xa\/2023\/demo-a\.json:\d+:\d+: lỗi \[ratio-above-one\] \/answers\/[^:]+: Tiêu chí [^:]+: tử số .* lớn hơn mẫu số /
assert log =~ /submissions\/demo-xa\/2023\/demo-a\.json:18:\d+: lỗi \[unknown-criterion\] \/answers\/[^:]+: Bộ tiêu chí demo-xa không có tiêu chí /
assert log.contains('dti:validate: 5 lỗi, ')
assert log.contains('Kiểm tra không đạt: 5 lỗi')
assert !log.contains('Validation failed')
assert !log.contains('at org.opendti')
return true
