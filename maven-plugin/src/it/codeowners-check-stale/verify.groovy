// demo-b is in the policy but not in CODEOWNERS: the build fails, says how to fix it and shows
// the missing lines as a diff; the file is left as it was.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('.github/CODEOWNERS does not match policy/access.json; '
    + 'run mvn -B dti:codeowners and commit the result:')
assert log.contains('+/submissions/*/*/demo-b.json @tran-thi-b @mau/xa-b @mau/doan-kiem-tra')
assert log.contains('+/submissions/*/*/demo-b.review.json @mau/doan-kiem-tra')
assert !log.contains('-/submissions/*/*/demo-a.json')
assert !new File(basedir, '.github/CODEOWNERS').getText('UTF-8').contains('demo-b')
assert !log.contains('at org.opendti')
return true
