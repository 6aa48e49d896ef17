import { configure } from '@testing-library/react';

// Whole-app renders with antd tables and forms take several seconds on a busy 2-core machine,
// more for the first render of a file while two files run side by side; a waiting query that
// gives up at the shared 5 s fails tests that are merely slow. Failing ones still fail.
configure({ asyncUtilTimeout: 15_000 });
