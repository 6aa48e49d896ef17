export const enterprisesPart = { name: 'enterprises', schema: 'x', service: 'enterprises', tables: [], async seed() { return { records: 0, detail: {}, summary: '' }; } };
