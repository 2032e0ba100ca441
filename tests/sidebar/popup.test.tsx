import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { SitesList } from '../../components/SitesList';
import { StringsContext } from '../../components/strings';
import { getStrings, pickLocale } from '../../locales';

const noop = { onEnable: vi.fn(), onDisable: vi.fn(), onOpenSidebar: vi.fn(), onOpenOptions: vi.fn(), onOpenDashboard: vi.fn() };

describe('popup', () => {
  it('offers one click to enable a site that is not enabled', () => {
    const on = { ...noop, onEnable: vi.fn() };
    render(<Popup site={{ kind: 'disabled', host: 'oa.example.gov.cn' }} {...on} />);
    expect(screen.getByText(/本站未启用/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('enable-site'));
    expect(on.onEnable).toHaveBeenCalledOnce();
  });

  it('shows counts on an enabled site; a preset site cannot be disabled here', () => {
    render(<Popup site={{ kind: 'enabled', host: '127.0.0.1:4000', source: 'preset' }} counts={{ error: 2, warning: 1, info: 0 }} {...noop} />);
    expect(screen.getByTestId('popup-counts').textContent).toContain('错误 2');
    expect(screen.queryByTestId('disable-site')).toBeNull();
  });

  it('opens the review log for supervisors from any page', () => {
    const on = { ...noop, onOpenDashboard: vi.fn() };
    render(<Popup site={{ kind: 'unsupported' }} {...on} />);
    fireEvent.click(screen.getByTestId('open-dashboard'));
    expect(on.onOpenDashboard).toHaveBeenCalledOnce();
  });

  it('says when a page cannot be reviewed', () => {
    render(<Popup site={{ kind: 'unsupported' }} {...noop} />);
    expect(screen.getByText(/不支持审查/)).toBeTruthy();
  });
});

describe('options: sites', () => {
  it('lists enabled sites and removes only user-enabled ones', () => {
    const onRemove = vi.fn();
    render(
      <SitesList
        sites={[
          { pattern: 'http://127.0.0.1/*', source: 'preset', granted: true },
          { pattern: 'https://oa.example.gov.cn/*', source: 'user', granted: true },
        ]}
        onRemove={onRemove}
      />,
    );
    expect(screen.getAllByTestId('site')).toHaveLength(2);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(onRemove).toHaveBeenCalledWith('https://oa.example.gov.cn/*');
  });
});

describe('locales', () => {
  it('defaults to Chinese and switches to English for English-first browsers', () => {
    expect(pickLocale([])).toBe('zh_CN');
    expect(pickLocale(['zh-CN', 'en'])).toBe('zh_CN');
    expect(pickLocale(['en-US'])).toBe('en');
    render(
      <StringsContext.Provider value={getStrings('en')}>
        <Popup site={{ kind: 'unsupported' }} {...noop} />
      </StringsContext.Provider>,
    );
    expect(screen.getByText(/cannot be reviewed/)).toBeTruthy();
  });
});
