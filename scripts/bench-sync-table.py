#!/usr/bin/env python3
"""The table of scripts/bench-sync.sh: the peers' run-all.sh results and UnionDesk's, side by side,
with the ratios issue 13 asks for. Usage: bench-sync-table.py PEERS.jsonl UNIONDESK.jsonl N EDITS"""
import json
import re
import sys


def lines(path):
    out = []
    with open(path) as f:
        for raw in f:
            # run-all.sh prints bc's ".67" for times under a second: not JSON until a 0 goes in front.
            raw = re.sub(r'":(-?)\.(\d)', r'":\g<1>0.\2', raw.strip())
            if raw.startswith('{'):
                try:
                    out.append(json.loads(raw))
                except ValueError:
                    pass
    return out


def pair(rows, key):
    """Each result line of `key` followed by its /usr/bin/time line."""
    found = []
    for i, r in enumerate(rows):
        if key in r:
            t = rows[i + 1] if i + 1 < len(rows) and 'maxrss_kb' in rows[i + 1] else {}
            found.append((r, t))
    return found


def mb(b):
    return '%.2f MB' % (b / 1e6) if b is not None else '–'


def s(x):
    if x is None:
        return '–'
    return '%.3f s' % x if x < 10 else '%.1f s' % x


def main():
    peers, ours, n, e = lines(sys.argv[1]), lines(sys.argv[2]), sys.argv[3], sys.argv[4]
    table = []  # peer, initial, edits push, no-op, wire initial, wire edits, requests, rss station, rss hub

    # PouchDB (local and http): phase sync with label initial / incremental / noop.
    for target in ('http', 'local'):
        st = {r['label']: (r, t) for r, t in pair(peers, 'phase') if r.get('phase') == 'sync' and r.get('target') == target}
        if not st:
            continue
        ini, inc, noop = st.get('initial'), st.get('incremental'), st.get('noop')
        get = lambda x, k: x[0].get(k) if x else None  # noqa: E731
        wire = lambda x: (get(x, 'wire_bytes_to_hub') or 0) + (get(x, 'wire_bytes_from_hub') or 0) if x and target == 'http' else None  # noqa: E731
        rss = max((x[1].get('maxrss_kb', 0) for x in (ini, inc, noop) if x), default=0)
        hub_rss = max((get(x, 'hub_peak_rss_kb') or 0 for x in (ini, inc, noop) if x), default=0)
        table.append({'peer': 'PouchDB → express-pouchdb' if target == 'http' else 'PouchDB local → local',
                      'initial': get(ini, 'ms') / 1000 if ini else None,
                      'edits': get(inc, 'ms') / 1000 if inc else None,
                      'noop': get(noop, 'ms') / 1000 if noop else None,
                      'wire_initial': wire(ini), 'wire_edits': wire(inc),
                      'requests': '%s / %s / %s' % (get(ini, 'http_requests'), get(inc, 'http_requests'), get(noop, 'http_requests')) if target == 'http' else '–',
                      'rss': '%d MB' % (rss / 1024) + (', hub %d MB' % (hub_rss / 1024) if hub_rss else '')})

    # PostgreSQL logical replication.
    pg = {r['pg']: r for r in peers if 'pg' in r}
    if pg:
        ini, inc = pg.get('initial', {}), pg.get('incremental', {})
        w0 = ini.get('wire', {})
        w0b = w0.get('up', 0) + w0.get('down', 0) if w0 else None
        w1 = inc.get('wire_cumulative', {})
        w1b = (w1.get('up', 0) + w1.get('down', 0) - (w0b or 0)) if w1 else None
        table.append({'peer': 'PostgreSQL logical replication', 'initial': ini.get('s'), 'edits': inc.get('s'),
                      'noop': None, 'wire_initial': w0b, 'wire_edits': w1b, 'requests': '–', 'rss': '–'})

    # SQLite changesets: capture + apply.
    sq = pair(peers, 'phase')
    loads = [r for r, _ in sq if r.get('phase') in ('load', 'edit') and 'changeset_bytes' in r]
    applies = [r for r, _ in sq if r.get('phase') == 'apply']
    if len(loads) == 2 and len(applies) == 2:
        table.append({'peer': 'SQLite changesets (build + apply)',
                      'initial': (loads[0]['changeset_ms'] + applies[0]['ms']) / 1000,
                      'edits': (loads[1]['changeset_ms'] + applies[1]['ms']) / 1000, 'noop': None,
                      'wire_initial': loads[0]['changeset_bytes'], 'wire_edits': loads[1]['changeset_bytes'],
                      'requests': '–', 'rss': '–'})

    # UnionDesk.
    st = {r['stage']: (r, t) for r, t in pair(ours, 'stage')}
    w = {r['wire']: r['bytes'] for r in ours if 'wire' in r}
    tot = lambda k: w[k]['up'] + w[k]['down'] if k in w else None  # noqa: E731
    hub = next((r['time'] for r in ours if r.get('hub') == 'A'), {})
    ud = None
    if 'initial' in st:
        ini, inc, noop = st['initial'], st.get('incremental'), st.get('noop')
        rss = max(x[1].get('maxrss_kb', 0) for x in (ini, inc, noop) if x)
        ud = {'peer': 'UnionDesk station → uniondesk-hub (TLS)', 'initial': ini[0]['time_s'],
              'edits': inc[0]['time_s'] if inc else None, 'noop': noop[0]['time_s'] if noop else None,
              'wire_initial': tot('after_initial') - tot('before_initial'),
              'wire_edits': tot('after_incremental') - tot('after_initial'),
              'requests': '%s / %s / %s' % (ini[0]['requests'], inc[0]['requests'] if inc else '–',
                                             noop[0]['requests'] if noop else '–'),
              'rss': '%d MB, hub %d MB' % (rss / 1024, hub.get('maxrss_kb', 0) / 1024)}
        table.insert(0, ud)

    print()
    print('%s records, %s edits' % (n, e))
    print()
    print('| peer | initial push | %s edits | no-op | wire, initial / edits | requests (initial / edits / no-op) | peak RSS |' % e)
    print('|---|---:|---:|---:|---:|---|---|')
    for r in table:
        print('| %s | %s | %s | %s | %s / %s | %s | %s |' % (r['peer'], s(r['initial']), s(r['edits']),
              '%.0f ms' % (r['noop'] * 1000) if r['noop'] is not None else '–', mb(r['wire_initial']),
              mb(r['wire_edits']), r['requests'], r['rss']))
    if 'load' in st:
        ld = st['load']
        print('\nUnionDesk load (not a sync figure): %s records in %.1f s (CPU %.1f s), %.0f input bytes per record, '
              '%.0f bytes of text per case, peak RSS %d MB' % (ld[0]['records'], ld[0]['time_s'], ld[0]['cpu_s'],
              ld[0]['input_bytes_per_record'], ld[0]['text_bytes_per_record'], ld[1].get('maxrss_kb', 0) / 1024))
    if 'edit' in st:
        print('UnionDesk edits (RecordStore::update, one transaction each): %.2f s' % st['edit'][0]['time_s'])
    for k in ('initial', 'incremental', 'noop'):
        if k in st:
            r = st[k][0]
            print('UnionDesk %s: ok=%s records=%s batches=%s refused=%s conflicts=%s CPU %.2f s' % (
                k, r['ok'], r['records'], r['batches'], r['refused'], r['conflicts'], r['cpu_s']))
    if hub:
        print('uniondesk-hub (whole life of the process): CPU %s of %.1f s wall, peak RSS %d MB' % (
            hub.get('cpu'), hub.get('time_s', 0), hub.get('maxrss_kb', 0) / 1024))

    if ud:
        print('\nTargets (issue 13):')
        pouch = next((r for r in table if r['peer'].startswith('PouchDB →')), None)
        pgr = next((r for r in table if r['peer'].startswith('PostgreSQL')), None)

        def verdict(ok):
            return 'PASS' if ok else 'MISS'
        if pouch and pouch['initial']:
            x = pouch['initial'] / ud['initial']
            print('- initial push vs PouchDB: %.2fx faster (target >= 5x): %s' % (x, verdict(x >= 5)))
        if pgr and pgr['initial']:
            x = ud['initial'] / pgr['initial']
            print('- initial push vs PostgreSQL logical replication: %.2fx its time (target <= 1.5x): %s' % (x, verdict(x <= 1.5)))
        if pouch and pouch['wire_initial']:
            x = ud['wire_initial'] / pouch['wire_initial']
            print('- wire bytes, initial, vs PouchDB: %.3f of it (target <= 0.5): %s' % (x, verdict(x <= 0.5)))
        if ud['edits'] is not None:
            print('- %s edits pushed in %.3f s (target <= 0.5 s): %s' % (e, ud['edits'], verdict(ud['edits'] <= 0.5)))
        if ud['noop'] is not None:
            print('- no-op run %.0f ms (target <= 50 ms): %s' % (ud['noop'] * 1000, verdict(ud['noop'] <= 0.05)))
    kill = next((r['kill'] for r in ours if 'kill' in r), None)
    if kill:
        print('- SIGKILL at %d of %s records at the hub; the next run sent %d records, of which %d the hub had '
              'already (target <= 500): %s' % (kill['hub_records_after_kill'], n, kill['second_run_records'],
                                                kill['sent_again'], 'PASS' if kill['sent_again'] <= 500 else 'MISS'))


if __name__ == '__main__':
    main()
