// Every problem is reported at once, located, and the build fails without a stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /submissions\/demo-xa\/2023\/demo-b\.json:4:\d+: error \[duplicate-key\]/
assert log =~ /submissions\/demo-xa\/2023\/demo-a\.json:\d+:\d+: error \[ratio-above-one\]/
assert log =~ /submissions\/demo-xa\/2023\/demo-a\.json:18:\d+: error \[unknown-criterion\]/
assert log.contains('Validation failed: 3 error(s)')
assert !log.contains('at org.opendti')
return true
