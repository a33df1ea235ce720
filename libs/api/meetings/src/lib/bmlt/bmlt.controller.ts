import { Controller, Get, Options, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@kinship/api/core';
import { FeedsController, originOf } from '../feeds/feeds.controller';
import { BmltParameterError } from './bmlt-params';
import { BmltService } from './bmlt.service';

/** A JavaScript name (or dotted path) safe to call: nothing else reaches a jsonp body. */
const CALLBACK = /^[A-Za-z_$][\w$]{0,63}(\.[A-Za-z_$][\w$]{0,63}){0,4}$/;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Accept-Language, Cache-Control, Content-Type',
  'Access-Control-Max-Age': '86400',
};

/**
 * BMLT's semantic API paths, so BMLT clients can use Kinship as their root server: the root server URL is
 * the site itself (`https://kinship.example/client_interface/json/?switcher=…`). Public, readable from any
 * origin; `/client_interface/tsml/` is our Meeting Guide feed (with time zones, which BMLT's lacks).
 */
@Public()
@Controller('client_interface')
export class BmltController {
  constructor(
    private readonly bmlt: BmltService,
    private readonly dataSource: DataSource,
  ) {}

  @Options(['json', 'jsonp', 'tsml'])
  preflight(@Res() res: Response): void {
    res.status(204).set(CORS).end();
  }

  @Get('json')
  async json(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, null);
  }

  @Get('jsonp')
  async jsonp(
    @Req() req: Request,
    @Res() res: Response,
    @Query('callback') callback?: unknown,
  ): Promise<void> {
    const name = callback === undefined ? 'callback' : callback;
    if (typeof name !== 'string' || !CALLBACK.test(name)) {
      this.fail(res, new BmltParameterError('callback', 'callback must be a JavaScript function name'));
      return;
    }
    await this.answer(req, res, name);
  }

  @Get('tsml')
  async tsml(@Req() req: Request, @Res() res: Response): Promise<void> {
    await new FeedsController(this.dataSource).meetingGuide(req, res);
  }

  private async answer(req: Request, res: Response, callback: string | null): Promise<void> {
    let body: unknown;
    try {
      body = await this.bmlt.run(req.query as Record<string, unknown>, originOf(req));
    } catch (error) {
      if (error instanceof BmltParameterError) return this.fail(res, error);
      throw error;
    }
    res.status(200).set({ ...CORS, 'Cache-Control': 'public, max-age=60' });
    if (callback === null) {
      res.type('application/json; charset=utf-8').send(JSON.stringify(body));
    } else {
      res.type('text/javascript; charset=utf-8').send(`/**/${callback}(${JSON.stringify(body)});`);
    }
  }

  private fail(res: Response, error: BmltParameterError): void {
    res
      .status(error.status)
      .set(CORS)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ error: error.message, parameter: error.parameter }));
  }
}
