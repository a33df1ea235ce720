import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@kinship/shared/contracts';

/** A member's account. Only the member sees their email; others see the display name and what they share. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'citext', unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName!: string;

  /** Public, random and stable ("K7QM", shown "#K7QM"): tells members with the same name apart. */
  @Column({ type: 'varchar', length: 8, unique: true, insert: false, update: false })
  handle!: string;

  @Column({ type: 'text', default: Role.MEMBER })
  role!: Role;

  @Column({ type: 'varchar', length: 500, default: '' })
  bio!: string;

  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  /** When the member confirmed their address; null until then (they cannot be found as a sponsor). */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
