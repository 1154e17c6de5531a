import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@prodev/core';

@Entity({ tableName: 'tags' })
export class Tag extends BaseEntity {
  @Property({ type: 'string', length: 40 })
  @Unique()
  name!: string;

  constructor(name: string) {
    super();
    this.name = name;
  }
}
