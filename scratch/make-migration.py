# Rows as version 3 of the database (the release before #16) stored them: reports made by that release's engine.
import json
def report(path, url):
    r = json.load(open(path))
    for s in r['sources']:
        s['location'] = url
    return r
profile = open('tests/fixtures/profiles/dental.json').read()
page = report('/tmp/prev-mig.json', 'https://ulybka-dent.example/zapis')
clinic = report('/tmp/prev-dental.json', 'https://ulybka-dent.example/')
ignore = [f['fingerprint'] for f in page['findings'] if f['check'] in ('spelling', 'risky-claim')]
rows = {
  'made': 'by Sverka at commit e37acef (database version 3), CLI `check --format json` on tests/fixtures/migration/page.html and tests/fixtures/pages/clinic.html with tests/fixtures/profiles/dental.json',
  'version': 3,
  'profiles': [{'id': 'стоматология-улыбка', 'name': 'Стоматология «Улыбка»', 'json': profile, 'updatedAt': 1764660000000, 'revision': 4}],
  'siteBindings': [{'id': 1, 'pattern': 'https://ulybka-dent.example/*', 'profileId': 'стоматология-улыбка'}],
  'reports': [
    {'id': 1, 'url': 'https://ulybka-dent.example/', 'profileId': 'стоматология-улыбка', 'createdAt': 1764660100000, 'report': clinic},
    {'id': 2, 'url': 'https://ulybka-dent.example/zapis', 'profileId': 'стоматология-улыбка', 'createdAt': 1764660200000, 'report': page},
  ],
  'ignored': [{'id': i + 1, 'site': 'https://ulybka-dent.example', 'fingerprint': f} for i, f in enumerate(ignore)],
  'userWords': [{'word': 'эндодонтия'}],
  'settings': [{'key': 'lastProfile', 'value': 'стоматология-улыбка'}],
}
json.dump(rows, open('tests/fixtures/migration/before-16.json', 'w'), ensure_ascii=False, indent=1)
print(ignore)
