import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeWatcher, DEBOUNCE_MS, MAX_ROOTS, MAX_WAIT_MS, type ChangeBatch } from '../../src/content/watch';

const added = (nodes: Node[]): MutationRecord =>
  ({ type: 'childList', target: document.body, addedNodes: nodes as unknown as NodeList, removedNodes: [] as unknown as NodeList }) as unknown as MutationRecord;
const removed = (nodes: Node[]): MutationRecord =>
  ({ type: 'childList', target: document.body, addedNodes: [] as unknown as NodeList, removedNodes: nodes as unknown as NodeList }) as unknown as MutationRecord;

describe('ChangeWatcher', () => {
  afterEach(() => vi.useRealTimers());

  it('debounces records into one batch of changed roots', () => {
    vi.useFakeTimers();
    const batches: ChangeBatch[] = [];
    const w = new ChangeWatcher(document.body, (b) => batches.push(b), () => false);
    const a = document.createElement('p');
    const b = document.createElement('p');
    w.take([added([a])]);
    vi.advanceTimersByTime(DEBOUNCE_MS / 2);
    w.take([added([b]), removed([document.createElement('div')])]);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(DEBOUNCE_MS + 1);
    expect(batches.length).toBe(1);
    expect(batches[0]?.roots).toEqual([a, b]);
    expect(batches[0]?.removed).toBe(true);
  });

  it('delivers at least every MAX_WAIT_MS while the page keeps changing', () => {
    vi.useFakeTimers();
    const batches: ChangeBatch[] = [];
    const w = new ChangeWatcher(document.body, (b) => batches.push(b), () => false);
    for (let t = 0; t < MAX_WAIT_MS * 3; t += 50) {
      w.take([added([document.createElement('span')])]);
      vi.advanceTimersByTime(50);
    }
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.length).toBeLessThanOrEqual(4);
  });

  it('ignores our own nodes, so our changes never retrigger a scan', () => {
    vi.useFakeTimers();
    const ours = document.createElement('div');
    const onBatch = vi.fn();
    const w = new ChangeWatcher(document.body, onBatch, (n) => n === ours);
    w.take([added([ours]), removed([ours])]);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(onBatch).not.toHaveBeenCalled();
  });

  it('turns a flood of changes into one full rescan', () => {
    vi.useFakeTimers();
    const batches: ChangeBatch[] = [];
    const w = new ChangeWatcher(document.body, (b) => batches.push(b), () => false);
    w.take([added(Array.from({ length: MAX_ROOTS + 10 }, () => document.createElement('i')))]);
    vi.advanceTimersByTime(DEBOUNCE_MS + 1);
    expect(batches[0]?.overflow).toBe(true);
    expect(batches[0]?.roots).toEqual([]);
  });

  it('observes the real DOM', async () => {
    const batches: ChangeBatch[] = [];
    const w = new ChangeWatcher(document.body, (b) => batches.push(b), () => false);
    w.start();
    const p = document.createElement('p');
    p.textContent = 'new';
    document.body.appendChild(p);
    await vi.waitFor(() => expect(batches.length).toBe(1), { timeout: 2_000 });
    expect(batches[0]?.roots).toContain(p);
    w.stop();
  });
});
