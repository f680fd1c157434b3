// The committed CODEOWNERS is what the policy generates: the check passes and changes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('dti:codeowners-check: .github/CODEOWNERS is up to date')
assert new File(basedir, '.github/CODEOWNERS').getText('UTF-8')
    .contains('/submissions/*/*/demo-b.json @tran-thi-b @mau/xa-b @mau/doan-kiem-tra\n')
assert !log.contains('at org.opendti')
return true
