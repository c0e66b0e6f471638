import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ArticleBlocks } from './ArticleBlocks';

describe('ArticleBlocks', () => {
  it('renders paragraphs, headings, pictures with captions and quotes', () => {
    render(
      <ArticleBlocks
        blocks={[
          { type: 'paragraph', text: 'Đoạn mở đầu về Sa Pa.' },
          { type: 'image', url: '/media/news/nui-fansipan.svg', caption: 'Núi Fansipan. Ảnh minh họa', alt: 'Hình vẽ núi cao' },
          { type: 'heading', text: 'Những việc cần làm' },
          { type: 'quote', text: 'Bà con rất phấn khởi.', cite: 'Ông Giàng A Của' },
        ]}
      />,
    );
    expect(screen.getByText('Đoạn mở đầu về Sa Pa.').tagName).toBe('P');
    expect(screen.getByRole('heading', { level: 3, name: 'Những việc cần làm' })).toBeTruthy();
    const img = screen.getByRole('img', { name: 'Hình vẽ núi cao' }) as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('/media/news/nui-fansipan.svg');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(screen.getByText('Núi Fansipan. Ảnh minh họa').tagName).toBe('FIGCAPTION');
    expect(screen.getByText('Bà con rất phấn khởi.').closest('blockquote')).toBeTruthy();
    expect(screen.getByText('— Ông Giàng A Của')).toBeTruthy();
  });

  it('shows markup in a text as text, never as HTML', () => {
    const { container } = render(<ArticleBlocks blocks={[{ type: 'paragraph', text: '<b>đậm</b><img src=x onerror=alert(1)>' }]} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<b>đậm</b><img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
