import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { fakeAccount, fakeAuthPayload, gqlError } from '@kinship/web/data/testing';
import { ProfilePage } from '../profile/ProfilePage';
import { renderPage } from './render';

/** jsdom's Blob has no text(); FileReader reads it. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderProfile(handlers: Parameters<typeof renderPage>[1]) {
  return renderPage(<ProfilePage />, handlers, '/profile', {
    bio: 'Just for today.',
    timeZone: 'America/Chicago',
  });
}

describe('profile page', () => {
  it('shows the member their own email, privately, and their saved details', async () => {
    renderProfile({});
    expect(
      await screen.findByText('Signed in as ana@example.org. Only you can see this address.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Display name') as HTMLInputElement).value).toBe('Ana R.');
    expect((screen.getByLabelText(/About you/) as HTMLTextAreaElement).value).toBe('Just for today.');
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe('America/Chicago');
  });

  it('saves display name and bio, and says so', async () => {
    const { api, kinship } = renderProfile({
      UpdateProfile: ({ variables }) => {
        const input = variables['input'] as { displayName: string; bio: string };
        return {
          data: {
            updateProfile: {
              __typename: 'Account',
              ...fakeAccount({ displayName: input.displayName, bio: input.bio }),
            },
          },
        };
      },
    });
    fireEvent.change(await screen.findByLabelText('Display name'), { target: { value: 'Ana Ruiz R.' } });
    fireEvent.change(screen.getByLabelText(/About you/), { target: { value: 'One day at a time.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    expect((await screen.findByRole('status')).textContent).toBe('Your profile was saved.');
    expect(api.seen.find((r) => r.operationName === 'UpdateProfile')?.variables['input']).toMatchObject({
      displayName: 'Ana Ruiz R.',
      bio: 'One day at a time.',
    });
    expect(kinship.session.getState().account?.displayName).toBe('Ana Ruiz R.');
  });

  it('downloads the export as a .json file', async () => {
    const json = JSON.stringify({ account: { displayName: 'Ana R.' } });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderProfile({ ExportMyData: () => ({ data: { exportMyData: json } }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Download my data' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^kinship-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(created[0]?.type).toBe('application/json');
    expect(await readText(created[0]!)).toBe(json);
  });

  it('deletes the account only with the right password, then signs out', async () => {
    const { kinship, api } = renderProfile({
      DeleteAccount: ({ variables }) =>
        (variables['input'] as { password: string }).password === 'right one'
          ? { data: { deleteAccount: true } }
          : gqlError(ErrorCode.BadUserInput, 'That password is not right.', {
              fields: [{ field: 'password', message: 'That password is not right.' }],
            }),
      RefreshSession: () => ({ data: { refreshSession: fakeAuthPayload('t2') } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my account' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your account for good?' });
    expect(within(dialog).getByText(/It cannot be undone/)).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'wrong one' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'That password is not right, so your account was not deleted.',
    );
    expect(kinship.session.getState().status).toBe('signedIn');
    expect(within(dialog).getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    // a wrong password is not an expired session: no refresh, no retry
    // (the notifications section's own query aside)
    expect(api.seen.map((r) => r.operationName).filter((n) => n !== 'PushSettings')).toEqual([
      'DeleteAccount',
    ]);

    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'right one' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    await waitFor(() => expect(kinship.session.getState().status).toBe('signedOut'));
    // the page leaves for home right after signing out (a render later on a busy machine)
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });
});
