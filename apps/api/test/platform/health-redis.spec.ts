import request from 'supertest';
import { startTestApp } from '../support/test-app';
import { describeWithRedis, TEST_REDIS_URL } from '../support/redis';

describeWithRedis('/health with Redis (multi-node mode)', () => {
  it('reports Redis as up next to the database', async () => {
    const app = await startTestApp({ REDIS_URL: TEST_REDIS_URL as string });
    try {
      const res = await request(app.url).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', database: 'up', redis: 'up' });
    } finally {
      await app.close();
    }
  });
});
