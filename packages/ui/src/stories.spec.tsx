/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { composeStories, composeStory, setProjectAnnotations } from '@storybook/react-vite';
import preview from '../.storybook/preview';
import { withLaidOutCharts } from './category-chart/chart-test-size';

setProjectAnnotations(preview);
withLaidOutCharts();

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;
const modules = import.meta.glob<StoryModule>('./**/*.stories.tsx', { eager: true });

// Every story must still render: a story that throws is documentation that lies.
describe.each(Object.entries(modules))('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module)) as [string, ComposedStory][];
  it.each(stories)('%s renders', async (_name, Story) => {
    const { container } = render(<Story />);
    await Story.play?.({ canvasElement: container });
    expect(container.firstElementChild).not.toBeNull();
  });
});
