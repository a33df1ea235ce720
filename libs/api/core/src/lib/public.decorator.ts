import { SetMetadata } from '@nestjs/common';

/** Every GraphQL operation and HTTP route requires a signed-in member unless marked @Public(). */
export const IS_PUBLIC = 'kinship:public';
export const Public = () => SetMetadata(IS_PUBLIC, true);
