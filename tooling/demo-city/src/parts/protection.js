export const protectionPart = { name: 'protection', schema: 'x', service: 'protection', tables: [], async seed() { return { records: 0, detail: {}, summary: '' }; } };
