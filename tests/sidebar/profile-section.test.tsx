/** The reviewer profile on the options page: read from and saved to the review database, storage kept. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProfileSection } from '../../components/options/ProfileSection';
import { requestPersistentStorage } from '../../lib/sidebar/review-client';

describe('reviewer profile section', () => {
  it('shows the stored profile, saves a change, and asks for persistent storage when first shown', async () => {
    const load = vi.fn(async () => ({ name: '张三', department: '法制科' }));
    const save = vi.fn(async (p: { name: string; department: string }) => p);
    const onFirstShow = vi.fn();
    render(<ProfileSection load={load} save={save} onFirstShow={onFirstShow} />);
    await waitFor(() => expect((screen.getByTestId('profile-name') as HTMLInputElement).value).toBe('张三'));
    expect(onFirstShow).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId('profile-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('profile-department'), { target: { value: ' 市司法局法规科 ' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(screen.getByTestId('profile-status').textContent).toBe('审核人信息已保存。'));
    expect(save).toHaveBeenCalledWith({ name: '张三', department: '市司法局法规科' });
  });

  it('says when no reviewer is set and when a save fails', async () => {
    render(<ProfileSection load={async () => null} save={async () => Promise.reject(new Error('not allowed'))} />);
    await screen.findByText('尚未设置审核人：批注和审核决定将不署名。');
    fireEvent.change(screen.getByTestId('profile-name'), { target: { value: '李四' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    expect((await screen.findByRole('alert')).textContent).toBe('未能保存审核人：not allowed');
  });
});

describe('persistent storage', () => {
  it('asks once: not again when storage is already persistent, false where the API is missing or refuses', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({ persisted: async () => Promise.reject(new Error('x')), persist })).toBe(false);
  });
});
