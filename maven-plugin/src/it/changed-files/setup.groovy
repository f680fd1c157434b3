// main: three files. Branch pr (checked out at the end): one edited, one renamed, one deleted and
// a symbolic link added. main then gets a commit of its own, which is not the branch's change.
def git = evaluate(new File(itLib, 'git.groovy')).curry(basedir)
def write = { String path, String text ->
  def f = new File(basedir, path)
  f.parentFile.mkdirs()
  f.setText(text, 'UTF-8')
}
write('submissions/f/2023/a.json', '{"unit": "a"}\n')
write('submissions/f/2023/b.json', '{"unit": "b", "note": "long enough to be seen as a rename"}\n')
write('criteria/f.json', '{"id": "f"}\n')
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'Initial')

git('checkout', '-q', '-b', 'pr')
write('submissions/f/2023/a.json', '{"unit": "a", "x": 1}\n')
git('mv', 'submissions/f/2023/b.json', 'submissions/f/2023/c.json')
git('rm', '-q', 'criteria/f.json')
java.nio.file.Files.createSymbolicLink(
    new File(basedir, 'submissions/f/2023/link.json').toPath(), java.nio.file.Paths.get('/etc/passwd'))
git('add', '-A', 'submissions')
git('commit', '-q', '-m', 'Branch')

git('checkout', '-q', 'main')
write('units/u.json', '{}\n')
git('add', 'units/u.json')
git('commit', '-q', '-m', 'Main moves on')
git('checkout', '-q', 'pr')
return true
