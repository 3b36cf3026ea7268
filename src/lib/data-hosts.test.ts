import { describe, expect, it } from 'vitest';
import { dataAccess, dataConnectSources, parseDataHosts } from './data-hosts';

const PAGE = 'https://maps.example.org';

describe('dataAccess', () => {
  it("loads from the app's own host without asking, whatever the setting", () => {
    for (const hosts of ['any', [], ['https://data.example.org']] as const) {
      expect(dataAccess('https://maps.example.org/lesson/e.csv', PAGE, hosts)).toEqual({ kind: 'load' });
    }
  });

  it('asks before loading from any other https host by default', () => {
    expect(dataAccess('https://data.example.org:8443/e.csv', PAGE, 'any')).toEqual({
      kind: 'ask',
      origin: 'https://data.example.org:8443',
      host: 'data.example.org:8443',
    });
  });

  it('refuses plain http from another host, as the policy would, and says to use https', () => {
    const access = dataAccess('http://data.example.org/e.csv', PAGE, 'any');
    expect(access.kind === 'refused' && access.message).toMatch(
      /^data\.example\.org is reached over plain http/,
    );
  });

  it('with a closed list, loads from the listed hosts without asking and refuses the others by name', () => {
    const hosts = ['https://data.example.org', 'https://other.example.org'];
    expect(dataAccess('https://data.example.org/e.csv', PAGE, hosts)).toEqual({ kind: 'load' });
    const refused = dataAccess('https://elsewhere.example/e.csv', PAGE, hosts);
    expect(refused.kind === 'refused' && refused.message).toBe(
      'this site loads events only from data.example.org, other.example.org, and elsewhere.example is not one of them. Ask the site\'s owner to add it, or open the file with "Your data"',
    );
    // The origin must match: another port or scheme is another host.
    expect(dataAccess('https://data.example.org:444/e.csv', PAGE, hosts).kind).toBe('refused');
    expect(dataAccess('http://data.example.org/e.csv', PAGE, hosts).kind).toBe('refused');
  });
});

describe('parseDataHosts', () => {
  it('reads origins separated by commas or spaces', () => {
    expect(
      parseDataHosts(' https://data.example.org/, https://Other.Example.org:8443  http://localhost:9000'),
    ).toEqual(['https://data.example.org', 'https://other.example.org:8443', 'http://localhost:9000']);
    expect(parseDataHosts('')).toEqual([]);
  });

  it('refuses anything but an origin, so the build fails with the reason', () => {
    for (const bad of [
      'data.example.org',
      'https://data.example.org/files',
      'ftp://x.org',
      'https://*.example.org',
      'https://u:p@x.org',
    ]) {
      expect(() => parseDataHosts(bad), bad).toThrow(/VITE_DATA_HOSTS must list origins/);
    }
  });
});

describe('dataConnectSources', () => {
  it('admits any https host by default, or exactly the listed ones', () => {
    expect(dataConnectSources('any')).toEqual(['https:']);
    expect(dataConnectSources(['https://data.example.org'])).toEqual(['https://data.example.org']);
    expect(dataConnectSources([])).toEqual([]);
  });
});
