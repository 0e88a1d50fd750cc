import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_LICENCE, dataDate, exports } from '../../data/export';

export const getStaticPaths = (async () =>
  Object.keys(await exports()).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const all = await exports();
  const name = params['name'] as keyof typeof all;
  const body = { ...DATA_LICENCE, generated: await dataDate(), items: all[name] };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
