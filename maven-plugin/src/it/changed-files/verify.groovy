// Every change of the branch, as git diff --name-status prints it (plus the link's mode), from
// the merge base: main's own later commit (units/u.json) is not listed.
def git = evaluate(new File(itLib, 'git.groovy')).curry(basedir)
def mergeBase = git('merge-base', 'main', 'pr').trim()
def head = git('rev-parse', 'pr').trim()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def lines = log.readLines().findAll { it.startsWith('[INFO] ') && it.contains('\t') }
    .collect { it.substring('[INFO] '.length()) }
assert lines == [
    'D\tcriteria/f.json',
    'M\tsubmissions/f/2023/a.json',
    'R\tsubmissions/f/2023/b.json\tsubmissions/f/2023/c.json',
    'A\tsubmissions/f/2023/link.json\t(symlink)',
]
assert log.contains("dti:changed-files: files changed from merge base ${mergeBase} to ${head}: 4")
assert !log.contains('units/u.json')
assert !log.contains('at org.opendti')
return true
