/** Where an XLSX export puts the query it runs each page with; `ZQuery` reads it before `req.query`. */
export const EXPORT_QUERY = Symbol('export-query');
