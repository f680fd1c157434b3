// The stale CODEOWNERS (demo-b missing) is regenerated from the policy, then left alone.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2
assert log.contains('dti:codeowners: .github/CODEOWNERS regenerated from policy/access.json')
assert log.contains('dti:codeowners: .github/CODEOWNERS already matches policy/access.json')
def lines = new File(basedir, '.github/CODEOWNERS').getText('UTF-8').readLines()
assert lines[0] == '# Generated from policy/access.json: do not edit by hand.'
assert lines.findAll { !it.startsWith('#') && !it.isEmpty() } == [
    '* @mau/maintainers',
    '/criteria/** @mau/maintainers',
    '/units/** @mau/maintainers',
    '/policy/** @mau/maintainers',
    '/.github/** @mau/maintainers',
    '/submissions/**/*.review.json @mau/doan-kiem-tra',
    '/submissions/*/*/demo-a.json @nguyen-van-a @mau/doan-kiem-tra',
    '/submissions/*/*/demo-a.review.json @mau/doan-kiem-tra',
    '/submissions/*/*/demo-b.json @tran-thi-b @mau/xa-b @mau/doan-kiem-tra',
    '/submissions/*/*/demo-b.review.json @mau/doan-kiem-tra',
]
assert !log.contains('at org.opendti')
return true
