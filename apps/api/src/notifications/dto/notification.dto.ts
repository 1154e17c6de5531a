import { ApiProperty } from '@nestjs/swagger';
import { NotificationKind } from '@prodev/notifications';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind' })
  kind!: NotificationKind;

  @ApiProperty({ example: 'Welcome to ProDev Academy' })
  title!: string;

  @ApiProperty({ description: 'Plain text, the same as the email’s body' })
  body!: string;

  @ApiProperty()
  read!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}
