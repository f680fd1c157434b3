// A Git work tree: main holds a broken file (not this change's business), and one submission is
// edited in the work tree, not yet committed (a ratio of 1998 / 1000).
def git = evaluate(new File(itLib, 'git.groovy')).curry(basedir)
new File(basedir, 'submissions/demo-xa/2023/demo-x.json').setText('{ broken', 'UTF-8')
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'Initial')
def a = new File(basedir, 'submissions/demo-xa/2023/demo-a.json')
a.setText(a.getText('UTF-8').replace('"a": 998', '"a": 1998'), 'UTF-8')
return true
