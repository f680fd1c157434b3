// A Git work tree: main holds a broken file (not this change's business), and one submission is
// edited in the work tree, not yet committed (a ratio of 1998 / 1000).
def git(String... args) {
  def command = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.vn',
                 '-c', 'commit.gpgsign=false'] + args.toList()
  def pb = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
  pb.environment().keySet().removeAll { it.startsWith('GIT_') }
  pb.environment().put('GIT_CONFIG_NOSYSTEM', '1')
  pb.environment().put('GIT_CONFIG_GLOBAL', '/dev/null')
  def p = pb.start()
  def out = p.inputStream.text
  assert p.waitFor() == 0 : out
}
new File(basedir, 'submissions/demo-xa/2023/demo-x.json').setText('{ broken', 'UTF-8')
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'Initial')
def a = new File(basedir, 'submissions/demo-xa/2023/demo-a.json')
a.setText(a.getText('UTF-8').replace('"a": 998', '"a": 1998'), 'UTF-8')
return true
