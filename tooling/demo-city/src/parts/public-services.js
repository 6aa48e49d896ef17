export const publicServicesPart = { name: 'public-services', schema: 'x', service: 'public-services', tables: [], async seed() { return { records: 0, detail: {}, summary: '' }; } };
