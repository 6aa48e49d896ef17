import pg from 'pg';
const c = new pg.Client('postgres://postgres:ipbureau-local@127.0.0.1:55432/postgres'); await c.connect();
const sql = process.argv[2]; const params = JSON.parse(process.argv[3] ?? '[]');
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await c.query(sql, params); console.log((performance.now()-t).toFixed(0)+' ms', JSON.stringify(r.rows).slice(0,200)); }
await c.end();
