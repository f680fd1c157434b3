// A closure that runs git in a folder and returns what it printed; a failure fails the test with
// that output. No user or system configuration is read, so a developer's settings (signing, hooks,
// default branch, identity) cannot change a test.
//   def git = evaluate(new File(itLib, 'git.groovy')).curry(basedir)
//   git('init', '-q', '-b', 'main')
return { File dir, String... args ->
  def command = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.vn',
                 '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null'] + args.toList()
  def pb = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
  pb.environment().keySet().removeAll { it.startsWith('GIT_') }
  pb.environment().put('GIT_CONFIG_NOSYSTEM', '1')
  pb.environment().put('GIT_CONFIG_GLOBAL', '/dev/null')
  def p = pb.start()
  def out = p.inputStream.getText('UTF-8')
  assert p.waitFor() == 0 : "git ${args.join(' ')}: ${out}"
  return out
}
