// Only the edited submission (and its review) is checked: its error is reported with
// file:line:column, the broken file committed on main is not.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('dti:validate: changed-files check since HEAD, files checked (2): '
    + 'submissions/demo-xa/2023/demo-a.json, submissions/demo-xa/2023/demo-a.review.json')
assert log =~ /submissions\/demo-xa\/2023\/demo-a\.json:17:\d+: error \[ratio-above-one\]/
assert !log.contains('demo-x.json')
assert !log.contains('at org.opendti')
return true
