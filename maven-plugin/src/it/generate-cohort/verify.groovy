import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 3
assert !log.contains('at org.opendti')

// 1 province, 1 department, 2 districts, 6 communes; one submission per commune (demo-xa is a
// commune framework with one period).
assert log.contains('dti:generate-cohort: units: 10, submissions: 6, written to ' + basedir)
def registry = new JsonSlurper().parse(new File(basedir, 'units/sample-thu.json'))
assert registry.units.size() == 10
assert registry.units.every { it.sample == true && it.id.startsWith('thu') }
assert registry.units.count { it.level == 'xa' } == 6
def communes = registry.units.findAll { it.level == 'xa' }*.id as Set
def submissions = new File(basedir, 'submissions/demo-xa/2023').listFiles()
    .findAll { !it.name.endsWith('.review.json') }
assert submissions*.name.collect { it - '.json' } as Set == communes
submissions.each { f ->
  def s = new JsonSlurper().parse(f)
  assert s.framework == 'demo-xa' && s.period == '2023'
  assert s.answers.keySet() == ['1', '2', '3', '4', '5', '6'] as Set : f
}

// dti:validate on what was generated: no error.
assert log =~ /dti:validate: errors: 0,/

// The same seed, another folder: byte-identical files.
def again = new File(basedir, 'target/again')
def generated = []
again.eachFileRecurse(groovy.io.FileType.FILES) { generated << again.toPath().relativize(it.toPath()).toString() }
assert generated.size() == 1 + submissions.size() + new File(basedir, 'submissions/demo-xa/2023').listFiles().count { it.name.endsWith('.review.json') }
generated.each { path ->
  assert new File(again, path).bytes == new File(basedir, path).bytes : path
}
return true
