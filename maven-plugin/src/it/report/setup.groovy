// main: the policy (demo-a belongs to @alice, demo-b to @bob), its CODEOWNERS, and both units'
// submissions, demo-b 0.01 points ahead. Two pull-request branches from main:
//   pr-alice: alice reports 12 articles instead of 7 on criterion 3 (2 -> 4 points);
//   pr-bob:   bob edits demo-a, which is not his, and enters 1998 of 1000 dossiers on time.
def git = evaluate(new File(itLib, 'git.groovy')).curry(basedir)
def demoA = 'submissions/demo-xa/2023/demo-a.json'
def edit = { String from, String to ->
  def f = new File(basedir, demoA)
  def text = f.getText('UTF-8')
  assert text.contains(from)
  f.setText(text.replace(from, to), 'UTF-8')
}
git('init', '-q', '-b', 'main')
git('add', 'criteria', 'units', 'submissions', 'policy', '.github')
git('commit', '-q', '-m', 'Base')

git('checkout', '-q', '-b', 'pr-alice')
edit('"inputs": { "n": 7 }, "selfScore": 2', '"inputs": { "n": 12 }, "selfScore": 4')
git('commit', '-q', '-m', 'demo-a: 12 articles', demoA)

git('checkout', '-q', '-b', 'pr-bob', 'main')
edit('"a": 998', '"a": 1998')
git('commit', '-q', '-m', 'demo-a: dossiers', demoA)

git('checkout', '-q', 'main')
return true
