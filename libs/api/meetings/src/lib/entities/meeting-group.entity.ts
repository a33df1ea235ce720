import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A group: the people who hold one or more meetings. Its position (from its in-person meetings) is kept in
 * a generated, GiST-indexed `earth` column (not mapped here) for "find local groups".
 */
@Entity({ name: 'meeting_groups' })
export class MeetingGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: string[];

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
