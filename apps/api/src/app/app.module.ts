import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule, dataSourceOptions, type CoreModuleOptions } from '@kinship/api/core';
import { AuthModule } from '@kinship/api/auth';
import { IdentityModule } from '@kinship/api/identity';
import { MeetingsModule } from '@kinship/api/meetings';
import { SponsorshipModule } from '@kinship/api/sponsorship';
import { ChatModule } from '@kinship/api/chat';
import { ToolkitModule } from '@kinship/api/toolkit';
import { migrations } from '../migrations';
import { graphqlOptions } from './graphql.config';
import { DiscoveryModule } from '@nestjs/core';
import { DemoRunner } from '../demo/demo.runner';

/** Composes the platform: core services, the database, GraphQL, and every feature. */
@Module({})
export class AppModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.config, migrations), autoLoadEntities: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config, options.logger),
        }),
        AuthModule,
        IdentityModule,
        MeetingsModule,
        SponsorshipModule,
        ChatModule,
        ToolkitModule,
        DiscoveryModule,
      ],
      providers: [DemoRunner],
    };
  }
}
