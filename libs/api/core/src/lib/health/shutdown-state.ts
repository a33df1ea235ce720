import { Injectable } from '@nestjs/common';

/** Set when the node has been asked to stop: it finishes what it holds and takes no new work. */
@Injectable()
export class ShutdownState {
  shuttingDown = false;
}
