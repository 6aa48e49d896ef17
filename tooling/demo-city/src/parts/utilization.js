export const utilizationPart = { name: 'utilization', schema: 'x', service: 'utilization', tables: [], async seed() { return { records: 0, detail: {}, summary: '' }; } };
