def log = new File(basedir, 'build.log').text
def generated = log.count('Generated the Refract client (')
def skipped = log.count('Refract client is up to date, generation skipped')
assert generated == 1 : "expected one generation, found ${generated}"
assert skipped == 1 : "expected the second build to skip, found ${skipped}"
assert new File(basedir, 'target/generated-sources/refract/refract/client/Refract.java').isFile()
assert new File(basedir, 'target/generated-sources/refract/.refract-generate').isFile()
assert new File(basedir, 'target/classes/refract/client/Author.class').isFile()
assert new File(basedir, 'target/classes/it/app/App.class').isFile()
true
