/** Settings: automatic highlighting and sensitivity, stored with WXT storage items. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../../shared/settings';

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  const save = (next: Settings) => {
    setSettings(next);
    void settingsItem.setValue(next);
  };
  return (
    <main>
      <h1>StemCheck settings</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.autoHighlight}
          onChange={(e) => save({ ...settings, autoHighlight: e.currentTarget.checked })}
        />
        Highlight red flags on pages automatically
      </label>
      <label>
        Sensitivity{' '}
        <select
          value={settings.sensitivity}
          onChange={(e) => save({ ...settings, sensitivity: e.currentTarget.value as Settings['sensitivity'] })}
        >
          <option value="low">Low: only strong evidence of selling</option>
          <option value="normal">Normal</option>
          <option value="high">High: flag weaker signals too</option>
        </select>
      </label>
    </main>
  );
}
